/**
 * Maps the REST contract's vocabulary enums ({@code com.kaeru.api.vocabulary}) to the domain's
 * enums and back, by constant name. The domain keeps its own enums (with their behaviour) and never
 * imports the contract; {@code VocabularyTest} proves both sides name the same constants.
 */
package com.kaeru.backend.platform.vocabulary;
