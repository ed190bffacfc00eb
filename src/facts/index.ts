/** The dataset look-ups, loaded on demand by the functions bundle (the dataset is its own chunk). */
export { FACT, FACT_SOURCE, factsTable, tableArray } from "./factFunctions";
export { derivedValue } from "./derivations";
