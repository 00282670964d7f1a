package io.github.policeconduct.rules;

import io.github.policeconduct.core.Citation;
import io.github.policeconduct.core.Regime;

/**
 * The instruments the rules cite, in one place so that a pinpoint corrected after checking the law is
 * corrected everywhere. Not public: users see citations on {@link Rule}s and {@link Step}s.
 */
final class Law {
  private Law() {}

  static final String A2014 = "Police (Conduct) (Amendment) Regulations 2014";
  static final String A2014_URL = "https://www.legislation.gov.uk/uksi/2014/3347";
  static final String A2015 = "Police (Conduct) (Amendment) Regulations 2015";
  static final String A2015_URL = "https://www.legislation.gov.uk/uksi/2015/626";
  static final String A2017 =
      "Police (Conduct, Complaints and Misconduct and Appeal Tribunal) (Amendment) Regulations 2017";
  static final String A2017_URL = "https://www.legislation.gov.uk/uksi/2017/1134";
  static final String A2024 = "Police (Conduct) (Amendment) Regulations 2024";
  static final String A2024_URL = "https://www.legislation.gov.uk/uksi/2024/521";
  static final String A2025 =
      "Police (Conduct, Performance and Complaints and Misconduct) (Amendment) Regulations 2025";
  static final String A2025_URL = "https://www.legislation.gov.uk/uksi/2025/558";
  static final String R2004 = "Police (Conduct) Regulations 2004";
  static final String R2004_URL = "https://www.legislation.gov.uk/uksi/2004/645";
  static final String PA1996 = "Police Act 1996";
  static final String PA1996_URL = "https://www.legislation.gov.uk/ukpga/1996/16";
  static final String LISTS2017 = "Police Barred List and Police Advisory List Regulations 2017";
  static final String LISTS2017_URL = "https://www.legislation.gov.uk/uksi/2017/1135";
  static final String PAT2008 = "Police Appeals Tribunals Rules 2008";
  static final String PAT2008_URL = "https://www.legislation.gov.uk/uksi/2008/2863";
  static final String PAT2012 = "Police Appeals Tribunals Rules 2012";
  static final String PAT2012_URL = "https://www.legislation.gov.uk/uksi/2012/2630";
  static final String PAT2020 = "Police Appeals Tribunals Rules 2020";
  static final String PAT2020_URL = "https://www.legislation.gov.uk/uksi/2020/1";
  static final String COLLEGE = "College of Policing, Guidance on outcomes in police misconduct proceedings";
  static final String COLLEGE_URL = "https://www.college.police.uk/guidance/outcomes-police-misconduct-proceedings";
  /** The library's own rule for reading a case as at a date: cited as what it is, not as law. */
  static final String CONTRACT = "police-conduct, contract of the case format (not law)";
  static final String CONTRACT_URL = "https://github.com/policeconduct/police-conduct/blob/main/docs/contract.md#as-at-a-date";
  /** The library's own account of the documents it writes, cited for what it does not model: not law. */
  static final String DOCUMENTS = "police-conduct, the documents it writes (not law)";
  static final String DOCUMENTS_URL = "https://github.com/policeconduct/police-conduct/blob/main/docs/documents.md";
  /** A force's account of its practice in publishing hearing outcomes: practice, not law. */
  static final String GWENT_FOI_2022 =
      "Gwent Police, Freedom of Information disclosure 202225477, misconduct hearing outcomes (force practice, not law)";
  static final String GWENT_FOI_2022_URL = "https://www.gwent.police.uk/foi-ai/gwent-police/disclosure2/2022/11---november/"
      + "202225477---misconduct-hearing-outcomes/";
  static final String THAMES_VALLEY_2024 =
      "R (Chief Constable of Thames Valley Police) v A Legally Qualified Chair [2024] EWHC 1454 (Admin)";
  static final String THAMES_VALLEY_2024_URL = "https://www.bailii.org/ew/cases/EWHC/Admin/2024/1454.html";

  static Citation r2008(String pinpoint) {
    return Regime.CONDUCT_REGULATIONS_2008.cite(pinpoint);
  }

  static Citation r2012(String pinpoint) {
    return Regime.CONDUCT_REGULATIONS_2012.cite(pinpoint);
  }

  static Citation r2020(String pinpoint) {
    return Regime.CONDUCT_REGULATIONS_2020.cite(pinpoint);
  }

  static Citation cite(String instrument, String pinpoint, String url) {
    return Citation.of(instrument, pinpoint, url);
  }
}
