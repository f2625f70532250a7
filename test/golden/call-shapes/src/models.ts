// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface Run {
  id: string;
  status: string;
}

export interface RunList {
  data: Run[];
}

export interface Settings {
  theme?: string;
  allowed_ips?: string[];
}

export interface Response_ {
  id: string;
  beta?: boolean;
}

export interface CreateRunBody {
  assistant_id: string;
}

export interface ModifyRunBody {
  metadata?: {
    [key: string]: string;
  };
}

export interface SubmitToolOuputsToRunBody {
  tool_outputs: string[];
}

export interface CompleteUploadResponse {
  status?: string;
}

export interface AddUploadPartBody {
  data: string;
}

export interface AddUploadPartResponse {
  id?: string;
}

/** The params object of {@link listRuns}: body fields and parameters in one object. */
export type ListRunsParams = {
  limit?: number;
};

/** The params object of {@link getRun}: body fields and parameters in one object. */
export type GetRunParams = {
  thread_id: string;
};

/** The params object of {@link modifyRun}: body fields and parameters in one object. */
export type ModifyRunParams = ModifyRunBody & {
  thread_id: string;
};

/** The params object of {@link deleteRun}: body fields and parameters in one object. */
export type DeleteRunParams = {
  thread_id: string;
};

/** The params object of {@link cancelRun}: body fields and parameters in one object. */
export type CancelRunParams = {
  thread_id: string;
};

/** The params object of {@link submitToolOuputsToRun}: body fields and parameters in one object. */
export type SubmitToolOuputsToRunParams = SubmitToolOuputsToRunBody & {
  thread_id: string;
};

/** The params object of {@link getResponse}: body fields and parameters in one object. */
export type GetResponseParams = {
  include?: string;
};

/** The params object of {@link getBetaResponse}: body fields and parameters in one object. */
export type GetBetaResponseParams = {
  include?: string;
};
