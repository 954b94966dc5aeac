import type { DemoContentFile } from "../types";
import { content as register } from "./landkreise-register";
import { content as landkreise } from "./landkreise";
import { content as staedteA } from "./staedte-a";
import { content as staedteB } from "./staedte-b";
import { content as staedteC } from "./staedte-c";
import { content as gemeinden } from "./gemeinden";

/** All demo content; the register of the 35 Landkreise comes first because the others refer to it. */
export const demoContent: DemoContentFile[] = [register, landkreise, staedteA, staedteB, staedteC, gemeinden];
