package dev.opsuite.dispatch.requests.domain;

/** REQUESTED until billing answers: FULFILLED with the invoice it issued, or REJECTED with its reason. */
public enum InvoiceRequestStatus {
    REQUESTED, FULFILLED, REJECTED
}
