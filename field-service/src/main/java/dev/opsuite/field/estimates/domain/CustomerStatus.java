package dev.opsuite.field.estimates.domain;

/** What the customer is shown: nothing before a decision, the estimate once approved, declined once rejected. */
public enum CustomerStatus {
    NOT_SENT, PRESENTED, DECLINED
}
