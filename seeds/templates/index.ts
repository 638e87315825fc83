// The built-in templates of DOMAIN.md §7, each in English and Persian.
import type { ProjectTemplate } from "../../server/domain/template-format";
import * as enterprise from "./enterprise-ecrm";
import * as service from "./service-centre";
import * as smb from "./smb-sales";

export const BUILT_IN_TEMPLATES: readonly ProjectTemplate[] = [smb.en, smb.fa, enterprise.en, enterprise.fa, service.en, service.fa];
