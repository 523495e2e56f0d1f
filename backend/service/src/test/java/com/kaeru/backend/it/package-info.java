/**
 * Integration-test support: a real PostgreSQL started once per test run
 * ({@link com.kaeru.backend.it.TestDatabase}) and JWTs signed by a key generated for the run
 * ({@link com.kaeru.backend.it.TestTokens}), whose public half the Payara under test trusts.
 */
package com.kaeru.backend.it;
