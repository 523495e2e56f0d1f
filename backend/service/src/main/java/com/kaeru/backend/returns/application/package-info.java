/**
 * Return use cases, one class per move a newcomer looks for: {@link
 * com.kaeru.backend.returns.application.SubmitReturn}, {@link com.kaeru.backend.returns.application.ApproveReturn},
 * {@link com.kaeru.backend.returns.application.RejectReturn}, {@link com.kaeru.backend.returns.application.CancelReturn},
 * {@link com.kaeru.backend.returns.application.ReceiveReturn}, {@link com.kaeru.backend.returns.application.GradeReturn}
 * (then {@link com.kaeru.backend.returns.application.SettleReturn}), {@link
 * com.kaeru.backend.returns.application.DecideHeldRefund}, {@link com.kaeru.backend.returns.application.AskCustomer}
 * and {@link com.kaeru.backend.returns.application.AnswerQuestion}. Each states its rule and runs
 * in its caller's transaction; the callers are the doors that check access and lock: {@link
 * com.kaeru.backend.returns.application.StaffReturnService} (console and API, {@code ShopAccess}
 * plus the return's row lock), {@link com.kaeru.backend.returns.application.PortalReturnService}
 * (the customer's order token) and the demo loader. The rules themselves live in the aggregate
 * ({@code returns.domain}); a use case loads, calls the named move, moves stock and money as the
 * move answers, and writes the audit trail and typed events ({@link
 * com.kaeru.backend.returns.application.StatusChanges}).
 * <p>
 * Exchange fulfilment (issue 10) has its own use cases: {@link
 * com.kaeru.backend.returns.application.ExchangeFulfilments} (what approval, inspection and cancellation
 * mean for each exchange line), {@link com.kaeru.backend.returns.application.BackorderAllocation}
 * (restock → waiting exchanges, first come first served), {@link
 * com.kaeru.backend.returns.application.BackorderNotices} (supply rescheduled → second notice or
 * reminder) and {@link com.kaeru.backend.returns.application.FulfilmentService} (the warehouse's door:
 * list, ship, deliver, release or cancel a held replacement). They lock the stock level row, then the
 * fulfilment rows, never the return request.
 */
package com.kaeru.backend.returns.application;
