/** What a carrier slip says (parties, dates, references) and the shop's carrier contracts. */
package com.kaeru.backend.carriers.domain;
