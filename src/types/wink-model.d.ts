// The files of wink-eng-lite-web-model that src/document/winkModel.ts assembles the model from
// (the package ships no declarations for them; wink-nlp only reads what they return).
declare module 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json' {
  const data: Record<string, any>;
  export default data;
}
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const value: any;
  export default value;
}
