/** The HMPPS error envelope. `status` is numeric in most HMPPS services, the Spring enum name in some. */
export interface HmppsErrorBody {
  status: number | string;
  errorCode: string | number | null;
  userMessage: string | null;
  developerMessage: string | null;
  moreInfo: string | null;
}

/** The HMRC (MDTP) error envelope. */
export interface HmrcErrorBody {
  code: string;
  message: string;
}
