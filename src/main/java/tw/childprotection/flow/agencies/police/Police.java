package tw.childprotection.flow.agencies.police;

import tw.childprotection.flow.agencies.NoticeRecipient;

/**
 * 警察機關: placement notices, requests to investigate together, crime notifications, and for active
 * care the visit requests, relocation notices and requests to investigate a missing child
 * ({@link PoliceNoticeType}).
 */
public interface Police extends NoticeRecipient<PoliceNoticeType> {
}
