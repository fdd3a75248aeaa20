import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without viewport prefetching. By default every link on screen
 * prefetches its page: the study home alone fired about 20 requests for
 * server-rendered pages on load, which on a cheap laptop and a slow network
 * costs data, main-thread time and server work for pages nobody opened
 * (on the study home, Lighthouse's blocking time fell from 590 ms to about 200 ms without it).
 * A click fetches the page then. Pass `prefetch` explicitly to opt back in.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
