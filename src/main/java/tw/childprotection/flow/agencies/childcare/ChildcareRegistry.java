package tw.childprotection.flow.agencies.childcare;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 托育人員登記管理資訊系統 (SFAA): whether a registered childminder looks after the child, one of the places
 * social affairs matches before a visit (註3).
 */
public interface ChildcareRegistry extends RecordMatcher {
}
