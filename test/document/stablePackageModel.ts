import rawPackageModel from 'wink-eng-lite-web-model';
import cerTransformers from 'wink-eng-lite-web-model/dist/cer-transformers.js';
import cerMachines from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json';

/**
 * wink-eng-lite-web-model as the tests compare against, with its custom-entity automaton encoded
 * afresh per engine. The package's own loader re-encodes a module-level string at every call, so
 * the test files that share a worker (`isolate: false`) and build many reference engines would
 * pass V8's string length limit ("Invalid string length") a few dozen engines in.
 */
export const packageModel = {
  ...(rawPackageModel as unknown as Record<string, unknown>),
  metaCER: () => ({ machines: JSON.stringify(cerMachines), transformers: cerTransformers }),
} as unknown as typeof rawPackageModel;
