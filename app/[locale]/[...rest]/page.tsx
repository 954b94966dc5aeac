import { notFound } from "next/navigation";

/** Any path that matches no page renders the localized 404 page inside the site layout. */
export default function CatchAll() {
  notFound();
}
