package com.kaeru.backend.platform.errors;

import java.util.List;

import com.kaeru.api.problem.ProblemTypes;

/**
 * Input that is well-formed but breaks a rule across fields (422), reported per field like bean
 * validation's 400 so a form can put each message beside its field. Messages are keys in
 * {@code i18n/messages*.properties}, localized by the mapper.
 */
public class InvalidFieldsException extends KaeruException {
    /** One field's problem: a path such as {@code rules[2].maxDays}, a message key and its arguments. */
    public record Issue(String field, String messageKey, List<Object> arguments) {
        public Issue(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<Issue> issues;

    public InvalidFieldsException(List<Issue> issues) {
        super(422, ProblemTypes.VALIDATION, "problem.validation.detail", issues.size());
        this.issues = List.copyOf(issues);
    }

    public List<Issue> issues() {
        return issues;
    }
}
