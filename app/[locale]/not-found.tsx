import { NotFoundContent } from "@/components/layout/not-found-page";

/** The not-found boundary of the site (see components/layout/not-found-page.tsx for why pages rarely reach it on the server). */
export default function NotFound() {
  return <NotFoundContent />;
}
