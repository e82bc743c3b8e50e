package io.forecourt.identity;

/** What a customer consents to, one decision each (PIPL asks for separate consent). */
public enum ConsentPurpose {

	MARKETING_SMS, PHONE_CALLS, WECHAT_MESSAGES, EMAIL, SHARING_WITH_DEALERS, PERSONALISED_RECOMMENDATIONS

}
