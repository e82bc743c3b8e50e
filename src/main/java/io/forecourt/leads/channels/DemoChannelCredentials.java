package io.forecourt.leads.channels;

import java.util.List;

import io.forecourt.kernel.security.DemoCredentials;

import org.springframework.stereotype.Component;

/**
 * Demo channels sign with secrets published in the README: production refuses to start
 * while one exists. Rotating a demo channel's secret makes it an ordinary channel.
 */
@Component
class DemoChannelCredentials implements DemoCredentials {

	private final LeadChannels channels;

	DemoChannelCredentials(LeadChannels channels) {
		this.channels = channels;
	}

	@Override
	public List<String> found() {
		long demo = this.channels.countDemo();
		return demo == 0 ? List.of()
				: List.of(demo + " lead channel(s) with a published demo secret in lead_channels (demo = true);"
						+ " rotate their secrets");
	}

}
