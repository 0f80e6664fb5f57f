-- AlterTable
ALTER TABLE "imported_movement" ADD COLUMN     "content" TEXT;
