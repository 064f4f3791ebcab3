import type { ResourceModel } from "../resource-model.js";
import { COMPUTE_MODELS } from "./compute-models.js";
import { DATABASE_MODELS } from "./database-models.js";
import { STORAGE_MODELS } from "./storage-models.js";

/** Every AWS resource type Costgate prices. Adding a type is adding a line to one of these lists. */
export const AWS_MODELS: readonly ResourceModel[] = [...COMPUTE_MODELS, ...DATABASE_MODELS, ...STORAGE_MODELS];
