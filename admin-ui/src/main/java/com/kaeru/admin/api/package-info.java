/**
 * The console's client of the backend API, authenticated with the signed-in person's token, and
 * how its refusals reach people: the explanation in a notification ({@code ApiErrorHandling}),
 * field errors beside their inputs ({@code FieldErrors}).
 */
package com.kaeru.admin.api;
