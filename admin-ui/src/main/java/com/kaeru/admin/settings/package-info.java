/**
 * The configuration screens for managers and agency admins (MANAGE_SETTINGS): the pre-approval
 * policy with its "try it" preview, shop settings (branding, logo, languages, refunds, return
 * methods), return reasons, customer e-mail templates and API keys. Others are not offered these
 * screens, and the API refuses them anyway.
 */
package com.kaeru.admin.settings;
