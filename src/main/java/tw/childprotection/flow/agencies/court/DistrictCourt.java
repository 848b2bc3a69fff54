package tw.childprotection.flow.agencies.court;

import tw.childprotection.flow.agencies.NoticeRecipient;

/** 地方法院: placement notices and petitions about a child in the county's care, as {@link CourtFilingType}s. */
public interface DistrictCourt extends NoticeRecipient<CourtFilingType> {
}
