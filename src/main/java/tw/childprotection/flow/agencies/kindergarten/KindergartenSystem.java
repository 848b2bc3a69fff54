package tw.childprotection.flow.agencies.kindergarten;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 全國幼兒園幼生管理系統 (MOE): whether the child is enrolled in a kindergarten, one of the places social
 * affairs matches before a visit (註3).
 */
public interface KindergartenSystem extends RecordMatcher {
}
