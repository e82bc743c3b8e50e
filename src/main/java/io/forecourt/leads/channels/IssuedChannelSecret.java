package io.forecourt.leads.channels;

/**
 * A channel with its newly issued secret: the only time the secret is shown. Hand it to
 * the channel's integrator over a safe path; it cannot be read back, only rotated.
 */
public record IssuedChannelSecret(LeadChannel channel, String secret) {

	@Override
	public String toString() {
		return "IssuedChannelSecret[" + this.channel.code() + ", " + this.channel.secretHint() + "]";
	}

}
