package tw.childprotection.flow.agencies.protectioninfo;

import tw.childprotection.flow.agencies.NoticeRecipient;
import tw.childprotection.flow.agencies.RecordMatcher;

/**
 * 保護資訊系統 (MOHW): reports received, investigation reports, closed cases ({@link ProtectionRecordType});
 * and, as one of the systems active care matches against, whether a protection case already serves the child.
 */
public interface ProtectionInformationSystem extends NoticeRecipient<ProtectionRecordType>, RecordMatcher {
}
