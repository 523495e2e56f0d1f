/**
 * The configuration screens for managers and agency admins (MANAGE_SETTINGS): the pre-approval
 * policy with its "try it" preview, shop settings (branding, logo, languages, refunds, return
 * methods, return address), return reasons, customer e-mail templates and API keys. Others are not
 * offered these screens, and the API refuses them anyway. Pages are thin views over one
 * {@link com.kaeru.admin.settings.SettingsForm} per concern (a Binder over a bean named like the
 * API's fields, validation in the Binder, a typed save event); the backend's field errors reach the
 * inputs through {@link com.kaeru.admin.api.FieldErrors}. The policy editor is built the same way:
 * {@code RulesGrid} (order, edit and remove as typed events), {@code PolicyProblems} (the backend's
 * refusal per rule), {@code PolicyPreviewPanel}, and {@code RuleDialog} with one Binder over the rule
 * and its {@code RuleConditionsSection} and {@code RuleOutcomeSection} (the outcome a
 * {@code PolicyOutcome} from the contract).
 */
package com.kaeru.admin.settings;
