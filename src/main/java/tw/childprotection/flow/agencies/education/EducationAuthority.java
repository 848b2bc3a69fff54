package tw.childprotection.flow.agencies.education;

import tw.childprotection.flow.agencies.NoticeRecipient;

/**
 * 學校及教育主管機關: placement notices and results, school transfer requests ({@link SchoolNoticeType}).
 * {@code identityConfidential} asks the school to keep the child's identity and whereabouts from others
 * (e.g. a transfer away from the perpetrator).
 */
public interface EducationAuthority extends NoticeRecipient<SchoolNoticeType> {
}
