package io.forecourt.service.satisfaction;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.forecourt.identity.ConsentChecks;
import io.forecourt.identity.ConsentChecks.Channel;
import io.forecourt.identity.ConsentChecks.Purpose;
import io.forecourt.identity.ContactDecision;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Chooses the channel a survey goes out on: the first of WeChat, SMS, e-mail the owner
 * consented to. A survey asks for the owner's opinion, which is not a transactional
 * message about the car, so it needs the channel's own consent (as marketing does); a
 * phone call cannot carry a link and is never chosen.
 */
@Component
class SurveyChannels {

	static final List<Channel> PREFERENCE = List.of(Channel.WECHAT, Channel.SMS, Channel.EMAIL);

	private final ConsentChecks consents;

	SurveyChannels(ConsentChecks consents) {
		this.consents = consents;
	}

	/** The channel, or none with every refusal's reason. */
	Choice choose(UUID customerId) {
		List<String> refusals = new ArrayList<>();
		for (Channel channel : PREFERENCE) {
			ContactDecision decision = this.consents.mayContact(customerId, channel, Purpose.MARKETING);
			if (decision.allowed()) {
				return new Choice(channel.name(), decision.reason());
			}
			refusals.add(channel + ": " + decision.reason());
		}
		return new Choice(null, String.join("; ", refusals));
	}

	record Choice(@Nullable String channel, String reason) {
	}

}
