package io.forecourt.sales.catalog;

import io.forecourt.kernel.web.FieldErrors;

/** Which kinds of items each rule type can relate, so a rule always means something. */
final class RuleKinds {

	private RuleKinds() {
	}

	static void check(RuleType type, CatalogItem subject, CatalogItem object, FieldErrors errors) {
		switch (type) {
			case REQUIRES, EXCLUDES -> {
				if (subject.kind() == ChoiceKind.MODEL) {
					errors.reject("subjectCode", "a model is not a choice; use ONLY_WITH_TRIM with the model instead");
				}
				if (object.kind() == ChoiceKind.MODEL) {
					errors.reject("objectCode", "a model is not a choice; use ONLY_WITH_TRIM with the model instead");
				}
			}
			case INCLUDES -> {
				if (subject.kind() != ChoiceKind.TRIM && subject.kind() != ChoiceKind.PACKAGE) {
					errors.reject("subjectCode", "only a trim or a package includes things");
				}
				if (!object.kind().option()) {
					errors.reject("objectCode", "only a package, accessory or colour can be included");
				}
			}
			case ONLY_WITH_TRIM -> {
				if (!subject.kind().option()) {
					errors.reject("subjectCode", "must be a colour, package or accessory");
				}
				if (object.kind() != ChoiceKind.TRIM && object.kind() != ChoiceKind.MODEL) {
					errors.reject("objectCode", "must be a trim or a model (any of its trims)");
				}
			}
		}
	}

}
