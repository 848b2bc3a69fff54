package tw.childprotection.flow.agencies.drugaddiction;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 毒品成癮者單一窗口服務系統: whether a parent is in drug-addiction services; a household it serves is
 * excluded from category E.
 */
public interface DrugAddictionWindow extends RecordMatcher {
}
