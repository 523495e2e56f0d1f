/**
 * The return aggregate and its rules: {@link com.kaeru.backend.returns.domain.ReturnRequest} owns
 * every move of the lifecycle (named methods; the status table is {@link
 * com.kaeru.backend.returns.domain.ReturnStatus}), {@link com.kaeru.backend.returns.domain.ReturnLine}
 * the units, grades and money of one line; the money of a line is fixed at request time by {@link
 * com.kaeru.backend.returns.domain.LineSettlement} (fees, bonus, price difference) and paid out by
 * {@link com.kaeru.backend.returns.domain.ReturnSettlement} (grades, shop fault, exchange fees).
 * {@link com.kaeru.backend.returns.domain.ExchangeFulfilment} is a second aggregate: one exchange line's
 * replacement ({@link com.kaeru.backend.returns.domain.FulfilmentState}), with its own row and lock.
 * Also notes, logistics and addresses (reason codes are {@code reasons}'). Plain Java with JPA mapping: every rule is
 * unit-tested without a server.
 */
package com.kaeru.backend.returns.domain;
