// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Aux } from './resources/aux_.js';
import { Com } from './resources/com.js';
import { Com1 } from './resources/com1_.js';
import { Con } from './resources/con_.js';
import { Lpt9 } from './resources/lpt9_.js';
import { Nul } from './resources/nul_.js';
import { Pets } from './resources/pets.js';
import { PetStore } from './resources/petstore.js';
import { Petstore } from './resources/petstore2.js';
import { Public } from './resources/public_.js';
import { Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36 } from './resources/segment1segment2segment3segment4segment5segment6segment-c864b54e.js';

/** Client for Unsafe Names. Calls are grouped by resource, after the wire path (`client.pets`); every call is also a standalone function taking the client as its first argument. */
export class UnsafeNamesClient extends BaseClient {
  readonly pets: Pets;
  readonly petStore: PetStore;
  readonly petstore: Petstore;
  readonly con: Con;
  readonly aux: Aux;
  readonly nul: Nul;
  readonly com1: Com1;
  readonly com: Com;
  readonly lpt9: Lpt9;
  readonly segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36: Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36;
  readonly public: Public;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.pets = new Pets(this);
    this.petStore = new PetStore(this);
    this.petstore = new Petstore(this);
    this.con = new Con(this);
    this.aux = new Aux(this);
    this.nul = new Nul(this);
    this.com1 = new Com1(this);
    this.com = new Com(this);
    this.lpt9 = new Lpt9(this);
    this.segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36 =
      new Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36(
        this,
      );
    this.public = new Public(this);
  }
}
