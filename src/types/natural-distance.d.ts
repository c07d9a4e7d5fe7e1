declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  /** Jaro–Winkler similarity of two strings, 0 (different) to 1 (identical). */
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean; dj?: number }): number;
  export = JaroWinklerDistance;
}
