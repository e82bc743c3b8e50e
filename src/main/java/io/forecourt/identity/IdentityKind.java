package io.forecourt.identity;

/**
 * The kinds of identifier a customer can have, and how much each one proves.
 */
public enum IdentityKind {

	PHONE(Strength.STRONG), EMAIL(Strength.STRONG), WECHAT_UNIONID(Strength.STRONG),

	/**
	 * A WeChat openid is unique per official account or mini-program: it carries its app
	 * id.
	 */
	WECHAT_OPENID(Strength.STRONG),

	APP_USER(Strength.STRONG), NATIONAL_ID(Strength.STRONG),

	/**
	 * A car changes hands, so a VIN finds its current owner but never merges two
	 * customers on its own: a conflict becomes a merge suggestion for a person to decide.
	 */
	VIN(Strength.LINKING);

	public enum Strength {

		/** Two customers sharing it are one person: they merge automatically. */
		STRONG,

		/**
		 * Finds a customer when nothing stronger does; conflicts only suggest a merge.
		 */
		LINKING

	}

	private final Strength strength;

	IdentityKind(Strength strength) {
		this.strength = strength;
	}

	public boolean isStrong() {
		return this.strength == Strength.STRONG;
	}

	/** Whether the value needs an app id (WeChat openid) to be unique. */
	public boolean needsAppId() {
		return this == WECHAT_OPENID;
	}

}
