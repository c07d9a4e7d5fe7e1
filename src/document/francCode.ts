// franc-min (language identification by trigram profiles, 82 languages): it builds its tables
// for every language when it is evaluated. Only `francLibrary.ts` imports this module, so that
// the build can evaluate it on first use (most English text is settled without it).
export { francAll } from 'franc-min';
