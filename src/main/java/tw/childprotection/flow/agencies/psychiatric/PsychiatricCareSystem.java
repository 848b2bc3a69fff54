package tw.childprotection.flow.agencies.psychiatric;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 精神照護資訊管理系統 (MOHW): whether a parent is in community psychiatric care; a household it serves is
 * excluded from category E.
 */
public interface PsychiatricCareSystem extends RecordMatcher {
}
