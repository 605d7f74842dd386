/** Path of the feed that follows a list page: `/wilayah/jawa-barat/` → `/wilayah/jawa-barat/feed.xml`. */
export const feedPath = (listPath: string) => `${listPath}feed.xml`;

/** Path of the page that explains a feed to a person, beside it: `/wilayah/jawa-barat/feed.xml` → `/wilayah/jawa-barat/ikuti/`. */
export const feedPagePath = (feed: string) => feed.replace(/feed\.xml$/, 'ikuti/');
