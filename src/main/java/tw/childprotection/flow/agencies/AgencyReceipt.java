package tw.childprotection.flow.agencies;

import java.time.Instant;

/** What an agency answers when it accepted a call: its own reference and when it received it. */
public record AgencyReceipt(String reference, Instant receivedAt) {
}
