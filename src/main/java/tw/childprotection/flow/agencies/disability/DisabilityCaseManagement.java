package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 身心障礙個案管理服務系統: whether the household has a disability case manager; one it serves is excluded
 * from category E.
 */
public interface DisabilityCaseManagement extends RecordMatcher {
}
