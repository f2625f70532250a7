// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/** An amount in the smallest unit of a currency. Never a float. */
export interface Money {
  /** @format int64 */
  amount: number;
  /** @pattern ^[A-Z]{3}$ */
  currency: string;
}

export interface Invoice {
  readonly id: string;
  status: 'draft' | 'open' | 'paid' | 'void';
  lines: InvoiceLine[];
  total?: Money;
  customer?: Customer;
  memo?: string | null;
}

export interface InvoiceLine {
  description: string;
  amount: Money;
  /**
   * @default 1
   * @minimum 1
   */
  quantity?: number;
}

/** Who pays. A person or a company. */
export type Customer = Person | Company;

export interface Person {
  kind: 'person';
  name: string;
}

export interface Company {
  kind: 'company';
  legalName: string;
  vatId?: string;
}

export interface APIError {
  code?: string;
  message?: string;
}
