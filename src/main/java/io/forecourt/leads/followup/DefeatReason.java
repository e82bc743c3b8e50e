package io.forecourt.leads.followup;

/** Why a lead is lost (战败), as HQ maintains the list. */
public record DefeatReason(String code, String nameZh, String nameEn, boolean active) {
}
