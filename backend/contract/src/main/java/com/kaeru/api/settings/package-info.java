/**
 * A shop's configuration for managers and agency admins (MANAGE_SETTINGS): languages, refund rules,
 * return methods, the logo, return reasons and customer e-mail templates. Other roles are refused.
 */
package com.kaeru.api.settings;
