package io.forecourt.identity;

import org.jspecify.annotations.Nullable;

/**
 * An identifier as another module or an integrator hands it over, before normalisation: a
 * phone number as typed, an e-mail in any case, a WeChat openid with the app id it
 * belongs to.
 */
public record Identifier(IdentityKind kind, String value, @Nullable String appId) {

	public static Identifier phone(String value) {
		return new Identifier(IdentityKind.PHONE, value, null);
	}

	public static Identifier email(String value) {
		return new Identifier(IdentityKind.EMAIL, value, null);
	}

	public static Identifier wechatUnionId(String value) {
		return new Identifier(IdentityKind.WECHAT_UNIONID, value, null);
	}

	public static Identifier wechatOpenId(String appId, String openId) {
		return new Identifier(IdentityKind.WECHAT_OPENID, openId, appId);
	}

	public static Identifier appUser(String value) {
		return new Identifier(IdentityKind.APP_USER, value, null);
	}

	public static Identifier nationalId(String value) {
		return new Identifier(IdentityKind.NATIONAL_ID, value, null);
	}

	public static Identifier vin(String value) {
		return new Identifier(IdentityKind.VIN, value, null);
	}

}
