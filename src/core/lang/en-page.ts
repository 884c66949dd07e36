import type { PageWords } from './types';

/** English words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in en.ts. */
export const enPage: PageWords = {
  code: 'en',
  stopwords: `a about above after again against all am an and any are as at be because been before being below between both but by can could
did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom
why will with would you your yours also said says one two new year years last first people like would could told still since time
despite although though however meanwhile yet later earlier besides afterward afterwards instead indeed
another nothing something everything anything nobody everybody someone everyone anyone none neither either`.split(/\s+/),
  uiLines: [
    'advertisement', 'ad', 'sponsored', 'share', 'share this', 'share this article', 'share on facebook', 'share on twitter',
    'tweet', 'email', 'print', 'comments', 'comment', 'read more', 'continue reading', 'show more',
    'load more', 'close', 'close icon', 'swipe', 'menu', 'search', 'subscribe', 'sign up',
    'sign in', 'log in', 'skip to content', 'skip to main content', 'back to top', 'related', 'related articles', 'related stories',
    'more stories', 'recommended', 'most read', 'most popular', 'trending', 'follow us', 'image', 'photo',
    'video', 'play', 'watch', 'caption', 'icon caption', 'img', 'icon', 'loading',
    'loading...', 'next', 'previous', 'copy link', 'copied', 'listen to this article', 'scroll to continue reading', 'scroll to continue',
    '×', 'x', 'by', 'advert', 'breaking news', 'you may also like', 'you might also like', 'recent articles', 'recent posts',
    'popular this week', "don't miss", 'related news', 'related posts', 'most viewed', 'trending now', 'top stories', 'latest news',
    "editor's picks", 'sponsored content', 'tell us what you think', 'this slideshow requires javascript', 'join the conversation', 'more news',
    'read full article', 'read the full article',
  ],
  relatedHeadings: ['related', 'more news', 'more stories', 'more from', 'more on ', 'more in ', 'read more', 'read next', 'also read',
    'you may also like', 'you might also like', 'recommended', 'latest', 'most read', 'most popular', 'most viewed', 'top stories',
    'trending', "don't miss", "editor's picks", 'what to read next', 'further reading', 'see also'],
  uiPrefixes: ['this entry was posted', 'suggested citation', 'sorry, you need to enable javascript', 'you need to enable javascript', 'please enable javascript', 'javascript is disabled', 'related coverage', 'more great ', 'write to ', 'order reprints', 'print article', 'text size', 'join our ', 'follow @', '(reporting by', 'reporting by', '(additional reporting', 'additional reporting by', 'editing by', 'see more:', 'related post:', 'related article:', 'also on ', 'like this story?', 'have a tip?', 'this post may contain affiliate', 'this article contains affiliate', 'read more:', 'read also:', 'also read:', 'related:', 'see also:', 'recommended:', 'advertisement', 'sign up for', 'subscribe to',
    'follow us on', 'click here to', 'photo:', 'image:', 'credit:', 'getty images', 'this article was', 'copyright ©', '©', 'all rights reserved',
    'updated:', 'published:', 'last updated', 'posted:', 'by '],
};
