/** Path of the feed that follows a list page: `/wilayah/jawa-barat/` → `/wilayah/jawa-barat/feed.xml`. */
export const feedPath = (listPath: string) => `${listPath}feed.xml`;
