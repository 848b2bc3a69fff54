package tw.childprotection.flow.agencies.disability;

import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 全國身心障礙福利資訊整合平台: whether the household receives disability welfare services; one it serves is
 * excluded from category E.
 */
public interface DisabilityWelfarePlatform extends RecordMatcher {
}
