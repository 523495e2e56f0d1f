/** {@code /shops/{slug}/carriers}: the B2クラウド and e飛伝 CSV layouts and the tracking CSV reader. */
package com.kaeru.backend.carriers.api;
