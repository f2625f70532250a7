// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export type Pet = Dog | Cat;

export interface Dog {
  petType: string;
  barks: boolean;
}

export interface Cat {
  petType: string;
  /**
   * @minimum 0
   * @maximum 9
   */
  lives?: number;
}

export type Shape = Circle | Rectangle;

export interface Circle {
  shapeType: string;
  radius: number;
}

export interface Rectangle {
  shapeType: string;
  width: number;
  height: number;
}

export type Payment = CardPayment | BankTransfer;

export interface CardPayment {
  kind: 'card';
  /** @pattern ^[0-9]{4}$ */
  last4: string;
}

export interface BankTransfer {
  kind: 'bank_transfer';
  iban: string;
}

export type ComputeAreaResponse = number;
