package tw.childprotection.flow.agencies.fragilefamily;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 脆弱家庭個案管理平台 (SFAA): whether a fragile-family service already serves the child's household, or lists
 * the child as missing; categories C and E of active care ask it.
 */
public interface FragileFamilyPlatform extends RecordMatcher {
}
